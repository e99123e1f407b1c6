using Spectre.Console.Cli;

namespace Entente.Cli;

/// <summary>The smallest container Spectre.Console.Cli needs: instances and types registered by hand,
/// constructor injection, and <c>IEnumerable&lt;T&gt;</c> of what was registered.</summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<object>>> _factories = [];

    public ITypeResolver Build() => new Resolver(_factories);

    public void Register(Type service, Type implementation) => Add(service, () => new Resolver(_factories).Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory) => Add(service, factory);

    private void Add(Type service, Func<object> factory)
    {
        if (!_factories.TryGetValue(service, out var list))
        {
            _factories[service] = list = [];
        }
        list.Add(factory);
    }

    private sealed class Resolver(Dictionary<Type, List<Func<object>>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }
            if (factories.TryGetValue(type, out var list) && list.Count > 0)
            {
                return list[^1]();
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = type.GetGenericArguments()[0];
                var items = factories.TryGetValue(element, out var all) ? all.Select(f => f()).ToArray() : [];
                var array = Array.CreateInstance(element, items.Length);
                Array.Copy(items, array, items.Length);
                return array;
            }
            return type.IsInterface || type.IsAbstract ? null : Create(type);
        }

        public object Create(Type type)
        {
            var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (ctor is null)
            {
                return Activator.CreateInstance(type)!;
            }
            var args = ctor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
            return ctor.Invoke(args);
        }
    }
}
