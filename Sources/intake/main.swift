import IntakeCLI
await IntakeCommand.main()
