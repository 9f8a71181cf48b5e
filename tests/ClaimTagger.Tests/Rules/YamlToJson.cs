using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimTagger.Tests.Rules;

/// <summary>Converts a YAML document to JSON with the YAML 1.2 core schema: plain scalars that look like null,
/// booleans or numbers become those; everything else is a string.</summary>
internal static partial class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, child) in map.Children)
                {
                    obj[((YamlScalarNode)key).Value!] = Convert(child);
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                foreach (YamlNode item in seq.Children)
                {
                    array.Add(Convert(item));
                }

                return array;
            default:
                var scalar = (YamlScalarNode)node;
                string value = scalar.Value ?? string.Empty;
                if (scalar.Style != ScalarStyle.Plain)
                {
                    return JsonValue.Create(value);
                }

                if (value is "" or "~" or "null" or "Null" or "NULL")
                {
                    return null;
                }

                if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                {
                    return JsonValue.Create(value.StartsWith('t') || value.StartsWith('T'));
                }

                if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                {
                    return JsonValue.Create(l);
                }

                if (FloatPattern().IsMatch(value))
                {
                    return JsonValue.Create(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
                }

                return JsonValue.Create(value);
        }
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
