return DocsGen.Cli.CommandLine.Run(args);
