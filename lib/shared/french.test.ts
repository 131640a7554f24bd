import { describe, expect, it } from "vitest";
import { au, de, elidesBefore, la, le, que } from "./french";

describe("de before a name", () => {
  it.each([
    ["Atelier du Lien", "d'Atelier du Lien"],
    ["Épicerie solidaire", "d'Épicerie solidaire"],
    ["Île-de-France Active", "d'Île-de-France Active"],
    ["Œuvre commune", "d'Œuvre commune"],
    ["Usine à projets", "d'Usine à projets"],
    ["Alliances Vercors", "d'Alliances Vercors"],
    ["Yvetot", "d'Yvetot"],
    ["Yourte et Cie", "de Yourte et Cie"],
    ["Habitat partagé Muret", "d'Habitat partagé Muret"],
    ["Hôpital de Lannion", "d'Hôpital de Lannion"],
    ["Hameau des Possibles", "de Hameau des Possibles"],
    ["Haguenau", "de Haguenau"],
    ["Lyon", "de Lyon"],
    ["Le Havre", "du Havre"],
    ["Les Abymes", "des Abymes"],
    ["La Rochelle", "de La Rochelle"],
    ["L'Isle-Adam", "de L'Isle-Adam"],
    ["Leroy Conseil", "de Leroy Conseil"],
    ["ADIE Occitanie", "d'ADIE Occitanie"],
    ["3 Rivières", "de 3 Rivières"],
  ])("de(%j) is %j", (name, expected) => {
    expect(de(name)).toBe(expected);
  });
});

describe("le, la and que before a name", () => {
  it.each([
    [le, "Atelier", "l'Atelier"],
    [le, "Bon Pain", "le Bon Pain"],
    [le, "Le Bon Pain", "Le Bon Pain"],
    [la, "Agence locale", "l'Agence locale"],
    [la, "Ruche", "la Ruche"],
    [la, "La Ruche", "La Ruche"],
    [la, "Halle aux grains", "la Halle aux grains"],
    [que, "Atelier", "qu'Atelier"],
    [que, "Muret Avenir", "que Muret Avenir"],
  ])("%o(%j) is %j", (render, name, expected) => {
    expect(render(name)).toBe(expected);
  });
});

describe("à before a noun phrase", () => {
  it.each([
    ["le logement", "au logement"],
    ["les jeunes", "aux jeunes"],
    ["la santé", "à la santé"],
    ["l'insertion professionnelle", "à l'insertion professionnelle"],
    ["Le Havre", "au Havre"],
    ["Muret", "à Muret"],
  ])("au(%j) is %j", (phrase, expected) => {
    expect(au(phrase)).toBe(expected);
  });
});

it("treats h as aspirated unless the word is on the mute-h list", () => {
  expect(elidesBefore("Harmonie mutuelle")).toBe(true);
  expect(elidesBefore("Hérault")).toBe(true);
  expect(elidesBefore("Hangar 21")).toBe(false);
  expect(elidesBefore("")).toBe(false);
});
