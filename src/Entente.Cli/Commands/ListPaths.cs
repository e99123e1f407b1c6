using Entente.Pipeline;
using Entente.Sanctions.Store;

namespace Entente.Cli.Commands;

/// <summary>Which lists a command screens against: <c>--lists</c> when given, else the imported lists under the home folder.</summary>
internal static class ListPaths
{
    /// <summary>The <c>--lists</c> paths, or the folders of the most recent import of each list (possibly none).</summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> lists, EntenteHome home) =>
        lists.Count > 0 ? lists : [.. new ListStore(home.Path).Latest().Select(i => i.Folder)];
}
