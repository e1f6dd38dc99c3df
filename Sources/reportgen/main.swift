import ReportGen

ReportGenCommand.main()
