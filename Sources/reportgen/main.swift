import ReportGen

await ReportGenCommand.main()
