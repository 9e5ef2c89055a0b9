namespace DocsGen.OpenApi.WarmUp;

/// <summary>
/// Two small documents that take the reader, the model builder, the pages and the downloads through the paths big
/// specs take: parameters in every place, JSON, form and multipart bodies, references, allOf and oneOf, enums,
/// formats, security schemes and Markdown descriptions. They are JSON, which is YAML too, so one text warms either reader.
/// </summary>
internal static class WarmUpSpecs
{
    /// <summary>An OpenAPI 3.0 document; with its version changed, a 3.1 one.</summary>
    public const string OpenApi30 = """
        {
          "openapi": "3.0.3",
          "info": {
            "title": "warm-up",
            "version": "1",
            "description": "A *warm-up* with `code`, [a link](https://example.com) and a list:\n\n- one\n- two"
          },
          "servers": [{"url": "https://api.example.com/v1"}],
          "security": [{"key": []}],
          "tags": [{"name": "items", "description": "Items."}],
          "paths": {
            "/items/{id}": {
              "parameters": [
                {
                  "name": "id",
                  "in": "path",
                  "required": true,
                  "description": "The id.",
                  "schema": {"type": "string", "pattern": "^it_[a-z0-9]{4}$"}
                }
              ],
              "get": {
                "operationId": "getItem",
                "tags": ["items"],
                "summary": "Get an item",
                "parameters": [
                  {
                    "name": "expand",
                    "in": "query",
                    "schema": {"type": "array", "items": {"type": "string", "enum": ["owner", "tags"]}}
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}
                  },
                  {"name": "X-Trace", "in": "header", "schema": {"type": "string", "format": "uuid"}}
                ],
                "responses": {
                  "200": {
                    "description": "An item.",
                    "headers": {"X-Rate": {"schema": {"type": "integer"}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}
                  },
                  "default": {
                    "description": "An error.",
                    "content": {
                      "application/json": {"schema": {"$ref": "#/components/schemas/Error"}, "example": {"code": 404, "message": "Not found"}}
                    }
                  }
                }
              },
              "post": {
                "operationId": "updateItem",
                "tags": ["items"],
                "security": [{"bearer": []}, {"oauth": ["write"]}],
                "requestBody": {
                  "required": true,
                  "content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Item"}}}
                },
                "responses": {
                  "200": {
                    "description": "Updated.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}
                  }
                }
              }
            },
            "/items": {
              "post": {
                "operationId": "createItem",
                "deprecated": true,
                "requestBody": {
                  "content": {
                    "application/json": {
                      "schema": {
                        "allOf": [
                          {"$ref": "#/components/schemas/Item"},
                          {"type": "object", "properties": {"note": {"type": "string", "nullable": true}}}
                        ]
                      }
                    },
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}, "name": {"type": "string"}}
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "oneOf": [{"$ref": "#/components/schemas/Item"}, {"$ref": "#/components/schemas/Error"}],
                          "discriminator": {"propertyName": "kind"}
                        }
                      }
                    }
                  },
                  "204": {"description": "Nothing."}
                }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
              "bearer": {"type": "http", "scheme": "bearer"},
              "oauth": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://example.com/token", "scopes": {"write": "Write."}}}
              }
            },
            "schemas": {
              "Item": {
                "type": "object",
                "description": "An item <b>with</b> HTML.",
                "required": ["id"],
                "properties": {
                  "id": {"type": "string", "readOnly": true},
                  "kind": {"type": "string", "enum": ["item"]},
                  "price": {"type": "number", "format": "double", "example": 9.5},
                  "count": {"type": "integer", "format": "int64"},
                  "active": {"type": "boolean"},
                  "created": {"type": "string", "format": "date-time"},
                  "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
                  "meta": {"type": "object", "additionalProperties": {"type": "string"}},
                  "owner": {"$ref": "#/components/schemas/Owner"}
                }
              },
              "Owner": {
                "type": "object",
                "properties": {
                  "name": {"type": "string", "minLength": 1},
                  "email": {"type": "string", "format": "email"},
                  "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                }
              },
              "Error": {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}}
            }
          }
        }
        """;

    /// <summary>A Swagger 2.0 document (body and formData parameters, definitions, securityDefinitions).</summary>
    public const string Swagger20 = """
        {
          "swagger": "2.0",
          "info": {
            "title": "warm-up",
            "version": "1",
            "description": "A *warm-up* with `code` and [a link](https://example.com)."
          },
          "host": "api.example.com",
          "basePath": "/v1",
          "schemes": ["https"],
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "security": [{"key": []}],
          "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}, "basic": {"type": "basic"}},
          "tags": [{"name": "items", "description": "Items."}],
          "paths": {
            "/items/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "type": "string", "description": "The id."}],
              "get": {
                "operationId": "getItem",
                "tags": ["items"],
                "parameters": [
                  {
                    "name": "expand",
                    "in": "query",
                    "type": "array",
                    "items": {"type": "string", "enum": ["owner", "tags"]},
                    "collectionFormat": "csv"
                  },
                  {"name": "limit", "in": "query", "type": "integer", "minimum": 1, "maximum": 100, "default": 10},
                  {"name": "X-Trace", "in": "header", "type": "string", "format": "uuid"}
                ],
                "responses": {
                  "200": {
                    "description": "An item.",
                    "headers": {"X-Rate": {"type": "integer"}},
                    "schema": {"$ref": "#/definitions/Item"}
                  },
                  "default": {"description": "An error.", "schema": {"$ref": "#/definitions/Error"}}
                }
              },
              "put": {
                "operationId": "replaceItem",
                "security": [{"basic": []}],
                "parameters": [{"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Item"}}],
                "responses": {
                  "200": {"description": "Replaced.", "schema": {"$ref": "#/definitions/Item"}},
                  "201": {"description": "Created.", "schema": {"$ref": "#/definitions/Item"}}
                }
              }
            },
            "/items": {
              "post": {
                "operationId": "uploadItem",
                "consumes": ["multipart/form-data"],
                "parameters": [{"name": "file", "in": "formData", "type": "file"}, {"name": "name", "in": "formData", "type": "string"}],
                "responses": {"204": {"description": "Nothing."}}
              }
            }
          },
          "definitions": {
            "Item": {
              "type": "object",
              "description": "An item <b>with</b> HTML.",
              "required": ["id"],
              "properties": {
                "id": {"type": "string", "readOnly": true},
                "price": {"type": "number", "format": "double", "example": 9.5},
                "count": {"type": "integer", "format": "int64"},
                "active": {"type": "boolean"},
                "created": {"type": "string", "format": "date-time"},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
                "meta": {"type": "object", "additionalProperties": {"type": "string"}},
                "owner": {"$ref": "#/definitions/Owner"}
              }
            },
            "Owner": {
              "type": "object",
              "properties": {
                "name": {"type": "string", "minLength": 1},
                "items": {"type": "array", "items": {"$ref": "#/definitions/Item"}}
              }
            },
            "Error": {
              "type": "object",
              "allOf": [{"$ref": "#/definitions/Owner"}],
              "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}
            }
          }
        }
        """;
}
