import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/npmScript.ts";

const FILE = ".github/workflows/deploy.yml";

/** Every error GitHub's own workflow parser finds: the schema, expressions, the job model. */
async function workflowErrors(content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: FILE, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

describe("the GitHub Pages workflow", async () => {
  const content = await readFile(join(projectRoot, FILE), "utf8");
  const workflow = yaml.load(content) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const step = (action: string) => steps.find((s) => s.uses?.split("@")[0] === action);

  it("has no error for GitHub's workflow parser", async () => {
    expect(await workflowErrors(content)).toEqual([]);
  });

  it("is refused by the same parser when it has a mistake (the check can fail)", async () => {
    expect(await workflowErrors(content.replace("pages: write", "pages: writ"))).not.toEqual([]);
  });

  it("runs on a push to main, every day, and by hand, one deployment at a time", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(workflow.on.schedule).toHaveLength(1);
    expect("workflow_dispatch" in workflow.on).toBe(true);
    expect(workflow.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("runs daily just after midnight in Asia/Taipei (UTC+8), so an issue dated ahead appears on its day", () => {
    const [minute, hour, ...rest] = workflow.on.schedule[0]!.cron.split(" ");
    expect(rest).toEqual(["*", "*", "*"]);
    const taipei = (Number(hour) * 60 + Number(minute) + 8 * 60) % (24 * 60);
    expect(taipei).toBeGreaterThan(0);
    expect(taipei).toBeLessThanOrEqual(30);
  });

  it("may deploy to Pages and nothing more", () => {
    expect(workflow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });

  it("uses the official actions, each pinned to a major version", () => {
    for (const action of ["actions/checkout", "actions/setup-node", "actions/configure-pages", "actions/cache", "actions/upload-pages-artifact", "actions/deploy-pages"]) {
      expect(step(action)?.uses, action).toMatch(/@v\d+$/);
    }
    expect(workflow.jobs.deploy?.needs).toBe("build");
    expect(workflow.jobs.deploy?.environment?.name).toBe("github-pages");
  });

  it("installs with npm ci and builds with the Pages origin as SITE_URL and its path as the path prefix", () => {
    const pages = step("actions/configure-pages")!;
    const build = steps.find((s) => s.run?.startsWith("npm run build"))!;
    expect(steps.some((s) => s.run?.startsWith("npm ci"))).toBe(true);
    expect(build.env?.SITE_URL).toBe(`\${{ steps.${pages.id}.outputs.origin }}`);
    expect(build.env?.BASE_PATH).toBe(`\${{ steps.${pages.id}.outputs.base_path }}`);
    expect(build.run).toContain("--pathprefix=${BASE_PATH}/");
    expect(step("actions/upload-pages-artifact")?.with?.path).toBe("_site/");
  });

  it("keeps the render cache, .cache/, between runs", () => {
    expect(step("actions/cache")?.with?.path).toBe(".cache/");
    expect(steps.indexOf(step("actions/cache")!)).toBeLessThan(steps.indexOf(steps.find((s) => s.run?.startsWith("npm run build"))!));
  });
});
