/** @module Tests for language identification (fastText lid.176, loaded from disk). */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { heuristicLanguage, identifyLanguage, languageEngine, plainlyEnglish, withLanguages } from "./language.ts";

describe("identifyLanguage", () => {
  it("loads the bundled fastText model offline", async () => {
    assert.equal(await languageEngine(), "fasttext");
  });

  it("identifies English, Russian, German, French and Spanish news text", async () => {
    const samples: Record<string, string> = {
      en: "The defence ministry approved the purchase of five air defence systems on Thursday.",
      ru: "Министерство обороны одобрило закупку пяти зенитных ракетных систем в четверг.",
      de: "Das Verteidigungsministerium hat am Donnerstag den Kauf von fünf Luftabwehrsystemen genehmigt.",
      fr: "Le ministère de la Défense a approuvé jeudi l'achat de cinq systèmes de défense aérienne.",
      es: "El Ministerio de Defensa aprobó el jueves la compra de cinco sistemas de defensa aérea.",
    };
    for (const [code, text] of Object.entries(samples)) assert.equal(await identifyLanguage(text), code, text);
  });

  it("a long Latin-script text full of English function words is English without the model; other news is not", () => {
    const en = "The ministry said on Thursday that the purchase of the five systems was approved by the cabinet, and that the first of them will be delivered to the army in the spring. It is the largest order of its kind in a decade, according to officials who have seen the plan and spoke to reporters at the capital.";
    assert.equal(plainlyEnglish(en), true);
    const nl = "Het ministerie zei donderdag dat de aankoop van de vijf systemen door het kabinet is goedgekeurd, en dat het eerste in het voorjaar aan het leger wordt geleverd. Het is de grootste order in tien jaar, volgens ambtenaren die het plan hebben gezien en in de hoofdstad met verslaggevers spraken.";
    assert.equal(plainlyEnglish(nl), false);
    assert.equal(plainlyEnglish("The ministry approved the purchase."), false);
    assert.equal(plainlyEnglish(`${en} Министерство обороны одобрило закупку.`), false);
    assert.equal(plainlyEnglish(en.replace("systems", "С-500 systems")), true);
  });

  it("answers und for text without enough letters", async () => {
    assert.equal(await identifyLanguage("12 345 — 67%"), "und");
    assert.equal(await identifyLanguage(""), "und");
  });

  it("fills in each article's language", async () => {
    const article = {
      id: "a1",
      origin: "x.txt",
      outlet: "x",
      url: null,
      title: null,
      published: null,
      byline: null,
      language: "und",
      format: "txt" as const,
      text: "Le gouvernement a annoncé de nouvelles mesures pour soutenir les agriculteurs.",
    };
    const r = await withLanguages({ articles: [article], errors: [] });
    assert.equal(r.articles[0]?.language, "fr");
  });
});

describe("heuristic fallback", () => {
  it("recognizes unambiguous scripts and English function words, else und", () => {
    assert.equal(heuristicLanguage("Η κυβέρνηση ανακοίνωσε νέα μέτρα σήμερα"), "el");
    assert.equal(heuristicLanguage("The minister said that the plan was ready for the vote."), "en");
    assert.equal(heuristicLanguage("Министерство обороны одобрило закупку"), "und");
  });
});
