using System.Xml.Linq;
using DocsGen.Diagnostics;

namespace DocsGen.Checks.Reports;

/// <summary>
/// JUnit XML, which every CI shows: one test suite per file, one test case per finding; errors are
/// failures, warnings pass with their text in system-out. A clean run is one passing case.
/// </summary>
internal static class JUnitReport
{
    public static string Write(CheckReport report, string pathPrefix)
    {
        var suites = new XElement("testsuites", new XAttribute("name", "docsgen check"));
        var groups = report.Diagnostics.GroupBy(d => d.Location is null ? "(site)" : ReportWriter.FilePath(d.Location.File, pathPrefix)).ToList();
        if (groups.Count == 0)
        {
            suites.Add(new XElement("testsuite", new XAttribute("name", "docsgen check"), new XAttribute("tests", 1), new XAttribute("failures", 0),
                new XAttribute("errors", 0), new XAttribute("skipped", 0),
                new XElement("testcase", new XAttribute("classname", "docsgen"), new XAttribute("name", "site passes all checks"))));
        }

        foreach (var group in groups)
        {
            var suite = new XElement("testsuite", new XAttribute("name", group.Key), new XAttribute("tests", group.Count()),
                new XAttribute("failures", group.Count(d => d.Severity == Severity.Error)), new XAttribute("errors", 0), new XAttribute("skipped", 0));
            foreach (var d in group)
            {
                var at = d.Location is { Line: > 0 } l ? $"{l.Line}:{l.Column}" : "";
                var testcase = new XElement("testcase", new XAttribute("classname", group.Key), new XAttribute("name", $"{d.Code} {at}".Trim()));
                var body = d.Hint is null ? d.Message : $"{d.Message}\nFix: {d.Hint}";
                testcase.Add(d.Severity == Severity.Error
                    ? new XElement("failure", new XAttribute("type", d.Code), new XAttribute("message", d.Message), body)
                    : new XElement("system-out", $"{d.Severity.ToString().ToLowerInvariant()}: {body}"));
                suite.Add(testcase);
            }

            suites.Add(suite);
        }

        var total = suites.Elements("testsuite").Sum(s => (int)s.Attribute("tests")!);
        suites.Add(new XAttribute("tests", total), new XAttribute("failures", report.Errors));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites).Declaration + "\n" + suites + "\n";
    }
}
