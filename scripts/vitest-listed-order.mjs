// A vitest sequencer for a config of several projects: files start in the order their projects are
// listed in `test.projects` (a glob such as "packages/*" stands for every folder it matches),
// each project's files in vitest's own order. Vitest's BaseSequencer starts projects in the
// alphabetical order of their names, so on a fresh clone (no timings cached yet) the longest
// end-to-end suites, listed first, would start last and run alone at the end.
import { relative, sep } from "node:path";
import { BaseSequencer } from "vitest/node";

export class ListedOrderSequencer extends BaseSequencer {
  /** @param {import("vitest/node").TestSpecification[]} files */
  async sort(files) {
    const sorted = await super.sort(files);
    const { root, projects = [] } = this.ctx.config;
    const patterns = projects.map((entry) =>
      String(entry).replace(/\/\*$/, "/").replace(/^\.\//, ""),
    );
    /** @param {import("vitest/node").TestSpecification} file */
    const rank = (file) => {
      const folder = relative(root, file.project.config.root).split(sep).join("/");
      const index = patterns.findIndex((pattern) =>
        pattern.endsWith("/") ? folder.startsWith(pattern) : folder === pattern,
      );
      return index === -1 ? patterns.length : index;
    };
    // Array.prototype.sort is stable: vitest's order holds within a rank.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
