import { describe, expect, it } from "vitest";
import { render } from "../server/messages/render.js";
import { POSTGRES_TIMEOUT_DEFAULTS } from "../server/env.js";
import { databaseLine, shownPath, withoutCredentials } from "./database-line.js";

describe("the line naming the database a command uses", () => {
  it("shows a SQLite file under the current folder as typed from it, and one elsewhere in full", () => {
    expect(shownPath("/srv/convene/data/convene.sqlite", "/srv/convene")).toBe("./data/convene.sqlite");
    expect(shownPath("/var/lib/convene/convene.sqlite", "/srv/convene")).toBe("/var/lib/convene/convene.sqlite");
    expect(render("en", databaseLine({ dialect: "sqlite", file: "/srv/convene/data/convene.sqlite" }, "/srv/convene"))).toBe(
      "Using SQLite at ./data/convene.sqlite",
    );
  });

  it("names a PostgreSQL server by host, port and database, never by user, password or parameters", () => {
    expect(withoutCredentials("postgres://convene:s3cret@db.internal:5433/convene?sslmode=require")).toBe(
      "postgres://db.internal:5433/convene",
    );
    expect(
      render(
        "fr",
        databaseLine({ dialect: "postgres", url: "postgresql://u:p@localhost/app", poolSize: 2, timeouts: POSTGRES_TIMEOUT_DEFAULTS }),
      ),
    ).toBe("Base de données PostgreSQL utilisée\u00a0: postgresql://localhost/app");
    expect(withoutCredentials("not a url")).not.toContain("not a url");
  });
});
