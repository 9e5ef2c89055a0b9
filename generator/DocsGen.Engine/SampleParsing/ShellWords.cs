using System.Text;

namespace DocsGen.SampleParsing;

/// <summary>Splits a shell command into words: quotes, backslash escapes and line continuations.</summary>
internal static class ShellWords
{
    public static List<string> Split(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '\\' && i + 1 < command.Length)
            {
                if (command[i + 1] is '\n' or '\r')
                {
                    i += command[i + 1] == '\r' && i + 2 < command.Length && command[i + 2] == '\n' ? 2 : 1;
                    continue;
                }

                current.Append(command[++i]);
                inWord = true;
            }
            else if (c == '\'')
            {
                var end = command.IndexOf('\'', i + 1);
                end = end < 0 ? command.Length : end;
                current.Append(command, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                i++;
                while (i < command.Length && command[i] != '"')
                {
                    if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$')
                    {
                        i++;
                    }

                    current.Append(command[i++]);
                }

                inWord = true;
            }
            else if (char.IsWhiteSpace(c) || c is ';' or '|' or '&')
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }

                if (c is '\n' or ';' or '|' or '&')
                {
                    words.Add("\n");
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
