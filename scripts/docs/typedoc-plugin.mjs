// TypeDoc plugin for the docs site: the packages are documented from their built declarations
// (dist/*.d.ts, one program, so a type from @users-api/types links to its page everywhere), and
// TypeDoc would name each entry point by its path ("fetch-client/dist"). This names each module
// by its import specifier ("@users-api/fetch-client", "@users-api/spec/operations") and puts the
// package's README.md on the page of its main entry.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Converter, MinimalSourceFile, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      if (!module.isDeclaration()) continue;
      const file = module.sources?.[0]?.fullFileName ?? findEntry(app, module.name);
      if (file === undefined) continue;
      const distDir = file.slice(0, file.lastIndexOf(`${sep}dist${sep}`) + 1);
      const packageDir = distDir.replace(/[\\/]$/, "");
      const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
      const subpath = relative(join(packageDir, "dist"), file)
        .replace(/\\/g, "/")
        .replace(/\.d\.ts$/, "");
      module.name = subpath === "index" ? manifest.name : `${manifest.name}/${subpath}`;
      if (subpath !== "index") continue;
      const readmeFile = join(packageDir, "README.md");
      // A link to a sibling package's folder ("../types") becomes a link to its page.
      const readme = readFileSync(readmeFile, "utf8").replace(
        /\[([^\]]+)\]\(\.\.\/([a-z-]+)\/?\)/g,
        (link, label, sibling) =>
          existsSync(join(packageDir, "..", sibling, "package.json"))
            ? `{@link "@users-api/${sibling}"! | ${label.replace(/`/g, "")}}`
            : link,
      );
      const { content } = app.converter.parseRawComment(
        new MinimalSourceFile(readme, /** @type {import("typedoc").NormalizedPath} */ (readmeFile)),
        project.files,
      );
      module.readme = content;
    }
  });
}

/**
 * The entry point a module came from, when TypeDoc kept no source for it.
 * @param {import("typedoc").Application} app
 * @param {string} name e.g. "fetch-client/dist" or "spec/dist/operations"
 */
function findEntry(app, name) {
  const entryPoints = /** @type {string[]} */ (app.options.getValue("entryPoints"));
  return entryPoints.find((entry) => {
    const withoutExt = entry.replace(/\\/g, "/").replace(/\.d\.ts$/, "");
    return withoutExt.endsWith(`/${name}/index`) || withoutExt.endsWith(`/${name}`);
  });
}
