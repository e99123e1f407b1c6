namespace Entente.Tests.Sanctions;

/// <summary>A fact that is skipped, with a clear message, when the shared sanctions data is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the data cannot be found.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedData.Root == null) Skip = SharedData.SkipReason;
    }
}
