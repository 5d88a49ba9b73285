/**
 * infra/k8s cannot import the platform list, so it is held against it: every subgraph has its
 * manifest, listens on its port, is migrated by its own `migrate` command before it serves, and the
 * gateway is pointed at each of them and at nothing else.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { gatewayPort, portOf, subgraphNames, urlVariable, webPort } from "./index.js";

const base = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../infra/k8s/base");

interface Container {
  name: string;
  command?: string[];
  ports?: { containerPort: number }[];
  env?: { name: string; value?: string }[];
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  spec: {
    template?: { spec: { containers: Container[]; initContainers?: Container[] } };
    ports?: { port: number }[];
  };
}

function manifests(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(path.join(base, file), "utf8")).map((doc) => doc.toJS() as Manifest);
}

function deployment(file: string, name: string) {
  const all = manifests(file);
  const found = all.find((m) => m.kind === "Deployment" && m.metadata.name === name);
  const service = all.find((m) => m.kind === "Service" && m.metadata.name === name);
  if (!found?.spec.template || !service) throw new Error(`${file}: no Deployment and Service named ${name}`);
  return { pod: found.spec.template.spec, service };
}

const envOf = (container: Container | undefined) =>
  Object.fromEntries((container?.env ?? []).map((variable) => [variable.name, variable.value]));

describe("infra/k8s follows the platform list", () => {
  it("lists a manifest for every subgraph", () => {
    const kustomization = readFileSync(path.join(base, "kustomization.yaml"), "utf8");
    for (const name of subgraphNames) expect(kustomization).toContain(`- ${name}.yaml`);
  });

  it.each(subgraphNames)("%s listens on its port and migrates with its own command before serving", (name) => {
    const { pod, service } = deployment(`${name}.yaml`, name);
    const container = pod.containers.find((c) => c.name === name);
    expect(container?.ports?.map((p) => p.containerPort)).toEqual([portOf(name)]);
    expect(envOf(container).PORT).toBe(String(portOf(name)));
    expect(service.spec.ports?.map((p) => p.port)).toEqual([portOf(name)]);
    expect(container?.command?.slice(-2)).toEqual(["src/main.ts", "serve"]);
    expect(pod.initContainers?.map((c) => c.command?.slice(-2))).toEqual([["src/main.ts", "migrate"]]);
  });

  it("points the gateway at every subgraph and nothing else", () => {
    const { pod, service } = deployment("gateway.yaml", "gateway");
    const env = envOf(pod.containers[0]);
    const urls = Object.fromEntries(Object.entries(env).filter(([key]) => key.endsWith("_URL")));
    expect(urls).toEqual(
      Object.fromEntries(subgraphNames.map((name) => [urlVariable(name), `http://${name}:${portOf(name)}/graphql`])),
    );
    expect(env.PORT).toBe(String(gatewayPort));
    expect(service.spec.ports?.map((p) => p.port)).toEqual([gatewayPort]);
    expect(deployment("web.yaml", "web").service.spec.ports?.map((p) => p.port)).toEqual([webPort]);
  });
});
