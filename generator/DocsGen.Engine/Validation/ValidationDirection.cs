namespace DocsGen.Validation;

/// <summary>Which side of an exchange a value is on: readOnly properties may not be sent, writeOnly ones are not returned.</summary>
public enum ValidationDirection
{
    Any,
    Request,
    Response,
}
