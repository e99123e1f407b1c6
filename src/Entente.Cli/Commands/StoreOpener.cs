using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Cli.Commands;

internal static class StoreOpener
{
    public static IEventStore Open(IStoreAddress settings) => EventStore.Open(settings.Db, EntenteHome.Resolve(settings.Home));
}
