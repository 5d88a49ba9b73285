/** `pnpm codegen`: regenerates every frontend's typed operations from gateway/supergraph.graphql. */
import { generate } from "@graphql-codegen/cli";
import { codegenConfig } from "./config.js";

const files = await generate(codegenConfig(), true);
console.log(`typed operations written: ${files.length} files`);
