// Requests generated from the OpenAPI document: every operation, every path and query parameter,
// and a body of one of the classes in bodies.ts. A request is drawn as data (which caller, which
// row by position, which body class) and only turned into a URL and bytes when sent, against the
// rows the database holds then; so a seed gives the same sequence whatever ids the rows were given.
import fc from "fast-check";
import { hostileText, IdPick, idPick, tableOfField, concrete, valueOf, type JsonSchema } from "./schema-values.js";
import { bodiesOf, type Body, type BodyClass } from "./bodies.js";

export type Parameter = { in: "path" | "query"; name: string; required?: boolean; schema: JsonSchema };
export type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> }; tags?: string[] };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

export type Route = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  upload: boolean;
};

type Encoded = { encoded: string };
type UrlValue = string | IdPick | Encoded;

export type FuzzRequest = {
  route: Route;
  /** Which caller, by position in the test's list; and whether a cookie caller sends its CSRF token. */
  who: number;
  csrf: "right" | "missing" | "wrong";
  language: string;
  path: Record<string, UrlValue>;
  query: [string, UrlValue][];
  bodyClass: BodyClass;
  body: Body;
};

export function routesOf(document: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      if (upper !== "GET" && upper !== "POST" && upper !== "PUT" && upper !== "PATCH" && upper !== "DELETE") continue;
      const body = operation.requestBody?.content?.["application/json"]?.schema ?? null;
      // The document gives no schema for multipart bodies: the import routes are the ones that take files.
      const upload = upper === "POST" && body === null && (operation.tags ?? []).includes("imports");
      routes.push({ method: upper, path, parameters: operation.parameters ?? [], body, upload });
    }
  }
  return routes;
}

/** The table a path parameter's id belongs to, from its name or the path segment before it. */
function tableOfPathParameter(path: string, name: string): string | null {
  const named = tableOfField(name);
  if (named) return named;
  const segment = /\/([a-z-]+)\/\{id\}/.exec(path)?.[1];
  const bySegment: Record<string, string> = { tokens: "api_tokens", messages: "mail_messages" };
  return segment ? (bySegment[segment] ?? segment) : null;
}

const encoded = (text: string): Encoded => ({ encoded: text });
const BROKEN_ESCAPES = ["%FF", "%ED%A0%80", "%C0%AF", "%", "%zz", "%2e%2e", "%2F", "%00", "%E2%80%AE"].map(encoded);

function pathValue(route: Route, parameter: Parameter): fc.Arbitrary<UrlValue> {
  const schema = concrete(parameter.schema);
  const sane: fc.Arbitrary<UrlValue> = schema.enum
    ? fc.constantFrom(...schema.enum.map(String))
    : schema.format === "uuid"
      ? idPick(tableOfPathParameter(route.path, parameter.name))
      : parameter.name === "round"
        ? fc.constantFrom("baseline", "follow_up", "year-2")
        : fc.oneof(idPick(tableOfPathParameter(route.path, parameter.name)), fc.constantFrom("city-pilot", "default"));
  const odd = fc.oneof(
    fc.uuid(),
    fc.constantFrom(
      "not-an-id",
      "0",
      "-1",
      "00000000-0000-0000-0000-000000000000",
      "FFFFFFFF-FFFF-7FFF-BFFF-FFFFFFFFFFFF",
      ".",
      " ",
      "a".repeat(5000),
    ),
    hostileText(60),
    fc.constantFrom(...BROKEN_ESCAPES),
  );
  return fc.oneof({ weight: 5, arbitrary: sane }, { weight: 2, arbitrary: odd });
}

function queryValue(parameter: Parameter): fc.Arbitrary<UrlValue> {
  const schema = concrete(parameter.schema);
  const sane = valueOf(parameter.schema, parameter.name).map((value): UrlValue => (value instanceof IdPick ? value : String(value)));
  const wrong = fc.constantFrom("", "abc", "-1", "0", "1.5", "1e9", "9007199254740993", "true", "null", "[]", "{}", "%");
  const long = typeof schema.maxLength === "number" ? fc.constant("q".repeat(schema.maxLength + 1)) : fc.constant("9".repeat(400));
  return fc.oneof(
    { weight: 5, arbitrary: sane },
    { weight: 2, arbitrary: wrong },
    { weight: 2, arbitrary: hostileText(80) },
    { weight: 1, arbitrary: long },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES) },
  );
}

function queryOf(route: Route): fc.Arbitrary<[string, UrlValue][]> {
  const query = route.parameters.filter((parameter) => parameter.in === "query");
  const each = query.map((parameter) =>
    fc.option(
      fc
        .array(queryValue(parameter), { minLength: 1, maxLength: 2 })
        .map((values) => values.map((value): [string, UrlValue] => [parameter.name, value])),
      { nil: [], freq: parameter.required ? 8 : 2 },
    ),
  );
  const unknown = fc.option(fc.tuple(fc.constantFrom("unknown", "admin", "__proto__", "page[]", ""), hostileText(20)), {
    nil: undefined,
    freq: 5,
  });
  return fc.tuple(fc.tuple(...each), unknown).map(([lists, extra]) => [...lists.flat(), ...(extra ? [extra] : [])]);
}

/** `callers` weighs each caller by position: callers with wide rights reach the body checks more often. */
export function requestsOf(route: Route, callers: readonly number[]): fc.Arbitrary<FuzzRequest> {
  const pathParameters = route.parameters.filter((parameter) => parameter.in === "path");
  const path = fc.record(Object.fromEntries(pathParameters.map((parameter) => [parameter.name, pathValue(route, parameter)])));
  return fc
    .record({
      who: fc.oneof(...callers.map((weight, index) => ({ weight, arbitrary: fc.constant(index) }))),
      csrf: fc.constantFrom<FuzzRequest["csrf"]>("right", "right", "right", "right", "missing", "wrong"),
      language: fc.constantFrom("en", "fr", "fr-CA,fr;q=0.9", "de", "*", "", "en;q=abc", "fr;q=0,en;q=0", "x".repeat(2000)),
      path,
      query: queryOf(route),
      body: bodiesOf(route),
    })
    .map(({ body, ...rest }) => ({ ...rest, route, bodyClass: body.bodyClass, body: body.body }));
}

/** Every route equally often, each with its own parameters and bodies. */
export function fuzzRequests(routes: readonly Route[], callers: readonly number[]): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...routes.map((route) => requestsOf(route, callers)));
}
