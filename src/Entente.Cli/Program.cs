using Entente.Cli;

return EntenteApp.Run(args, CliStreams.Process());
