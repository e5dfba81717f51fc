/**
 * @module A worker thread that analyzes stories (pipeline-threads.ts): it loads the same packs and
 * word vectors as the thread that started it, then answers each story message with the story's
 * part of the report.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadKnowledge } from "./knowledge/index.ts";
import { readVectors, useWordVectors } from "./knowledge/vectors.ts";
import { analyzeStory } from "./pipeline.ts";
import type { StoryAnswer, StoryMessage, StoryThreadSetup } from "./pipeline-threads.ts";

const setup = workerData as StoryThreadSetup;
useWordVectors(setup.vectors === null ? null : readVectors(setup.vectors));
const kb = loadKnowledge(setup.extraPacks.length > 0 ? { extraPacks: setup.extraPacks } : {});

parentPort?.on("message", (m: StoryMessage) => {
  let answer: StoryAnswer;
  try {
    answer = { id: m.id, result: analyzeStory(m.job.cluster, m.job.articles, { kb, explain: m.explain }) };
  } catch (err) {
    answer = { id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(answer);
});
