// The SIREN and the name of the collectivités above the commune level, which the territories package (COG) does
// not give: départements (or the collectivité that holds their powers: Corse, Alsace, Paris, Martinique, Guyane)
// and régions. Communes carry their SIREN in the COG data; an EPCI's code is its SIREN.
// Source: the SIRENE register (INSEE), Licence Ouverte 2.0. Every number passes the SIREN check key (tested).

export interface CollectiviteIdentity {
  siren: string;
  name: string;
}

/** By département code. */
export const DEPARTEMENT_COLLECTIVITES: Record<string, CollectiviteIdentity> = {
  "01": { siren: "220100010", name: "Département de l'Ain" },
  "02": { siren: "220200026", name: "Département de l'Aisne" },
  "03": { siren: "220300016", name: "Département de l'Allier" },
  "04": { siren: "220400014", name: "Département des Alpes-de-Haute-Provence" },
  "05": { siren: "220500011", name: "Département des Hautes-Alpes" },
  "06": { siren: "220600019", name: "Département des Alpes-Maritimes" },
  "07": { siren: "220700017", name: "Département de l'Ardèche" },
  "08": { siren: "220800049", name: "Département des Ardennes" },
  "09": { siren: "220900013", name: "Département de l'Ariège" },
  "10": { siren: "221000052", name: "Département de l'Aube" },
  "11": { siren: "221100019", name: "Département de l'Aude" },
  "12": { siren: "221200017", name: "Département de l'Aveyron" },
  "13": { siren: "221300015", name: "Département des Bouches-du-Rhône" },
  "14": { siren: "221401185", name: "Département du Calvados" },
  "15": { siren: "221500010", name: "Département du Cantal" },
  "16": { siren: "221600018", name: "Département de la Charente" },
  "17": { siren: "221700016", name: "Département de la Charente-Maritime" },
  "18": { siren: "221800014", name: "Département du Cher" },
  "19": { siren: "221927205", name: "Département de la Corrèze" },
  "21": { siren: "222100018", name: "Département de la Côte-d'Or" },
  "22": { siren: "222200016", name: "Département des Côtes-d'Armor" },
  "23": { siren: "222309627", name: "Département de la Creuse" },
  "24": { siren: "222400012", name: "Département de la Dordogne" },
  "25": { siren: "222500019", name: "Département du Doubs" },
  "26": { siren: "222600017", name: "Département de la Drôme" },
  "27": { siren: "222702292", name: "Département de l'Eure" },
  "28": { siren: "222800013", name: "Département d'Eure-et-Loir" },
  "29": { siren: "222900011", name: "Département du Finistère" },
  "2A": { siren: "200076958", name: "Collectivité de Corse" },
  "2B": { siren: "200076958", name: "Collectivité de Corse" },
  "30": { siren: "223000019", name: "Département du Gard" },
  "31": { siren: "223100017", name: "Département de la Haute-Garonne" },
  "32": { siren: "223200015", name: "Département du Gers" },
  "33": { siren: "223300013", name: "Département de la Gironde" },
  "34": { siren: "223400011", name: "Département de l'Hérault" },
  "35": { siren: "223500018", name: "Département d'Ille-et-Vilaine" },
  "36": { siren: "223600016", name: "Département de l'Indre" },
  "37": { siren: "223700014", name: "Département d'Indre-et-Loire" },
  "38": { siren: "223800012", name: "Département de l'Isère" },
  "39": { siren: "223900010", name: "Département du Jura" },
  "40": { siren: "224000018", name: "Département des Landes" },
  "41": { siren: "224100016", name: "Département du Loir-et-Cher" },
  "42": { siren: "224200014", name: "Département de la Loire" },
  "43": { siren: "224300012", name: "Département de la Haute-Loire" },
  "44": { siren: "224400028", name: "Département de la Loire-Atlantique" },
  "45": { siren: "224500017", name: "Département du Loiret" },
  "46": { siren: "224600015", name: "Département du Lot" },
  "47": { siren: "224700013", name: "Département du Lot-et-Garonne" },
  "48": { siren: "224800011", name: "Département de la Lozère" },
  "49": { siren: "224900019", name: "Département de Maine-et-Loire" },
  "50": { siren: "225005024", name: "Département de la Manche" },
  "51": { siren: "225100015", name: "Département de la Marne" },
  "52": { siren: "225200013", name: "Département de la Haute-Marne" },
  "53": { siren: "225300011", name: "Département de la Mayenne" },
  "54": { siren: "225400019", name: "Département de Meurthe-et-Moselle" },
  "55": { siren: "225500016", name: "Département de la Meuse" },
  "56": { siren: "225600014", name: "Département du Morbihan" },
  "57": { siren: "225700012", name: "Département de la Moselle" },
  "58": { siren: "225800010", name: "Département de la Nièvre" },
  "59": { siren: "225900018", name: "Département du Nord" },
  "60": { siren: "226000016", name: "Département de l'Oise" },
  "61": { siren: "226100014", name: "Département de l'Orne" },
  "62": { siren: "226200012", name: "Département du Pas-de-Calais" },
  "63": { siren: "226300010", name: "Département du Puy-de-Dôme" },
  "64": { siren: "226400018", name: "Département des Pyrénées-Atlantiques" },
  "65": { siren: "226500015", name: "Département des Hautes-Pyrénées" },
  "66": { siren: "226600013", name: "Département des Pyrénées-Orientales" },
  "67": { siren: "200094332", name: "Collectivité européenne d'Alsace" },
  "68": { siren: "200094332", name: "Collectivité européenne d'Alsace" },
  "69": { siren: "226900017", name: "Département du Rhône" },
  "70": { siren: "227000015", name: "Département de la Haute-Saône" },
  "71": { siren: "227100013", name: "Département de Saône-et-Loire" },
  "72": { siren: "227200029", name: "Département de la Sarthe" },
  "73": { siren: "227300019", name: "Département de la Savoie" },
  "74": { siren: "227400017", name: "Département de la Haute-Savoie" },
  "75": { siren: "217500016", name: "Ville de Paris" },
  "76": { siren: "227605409", name: "Département de la Seine-Maritime" },
  "77": { siren: "227700010", name: "Département de Seine-et-Marne" },
  "78": { siren: "227806460", name: "Département des Yvelines" },
  "79": { siren: "227900016", name: "Département des Deux-Sèvres" },
  "80": { siren: "228000014", name: "Département de la Somme" },
  "81": { siren: "228100012", name: "Département du Tarn" },
  "82": { siren: "228200010", name: "Département du Tarn-et-Garonne" },
  "83": { siren: "228300018", name: "Département du Var" },
  "84": { siren: "228400016", name: "Département du Vaucluse" },
  "85": { siren: "228500013", name: "Département de la Vendée" },
  "86": { siren: "228600011", name: "Département de la Vienne" },
  "87": { siren: "228708517", name: "Département de la Haute-Vienne" },
  "88": { siren: "228800017", name: "Département des Vosges" },
  "89": { siren: "228900015", name: "Département de l'Yonne" },
  "90": { siren: "229000013", name: "Département du Territoire de Belfort" },
  "91": { siren: "229102280", name: "Département de l'Essonne" },
  "92": { siren: "229200506", name: "Département des Hauts-de-Seine" },
  "93": { siren: "229300082", name: "Département de la Seine-Saint-Denis" },
  "94": { siren: "229400288", name: "Département du Val-de-Marne" },
  "95": { siren: "229501275", name: "Département du Val-d'Oise" },
  "971": { siren: "229710017", name: "Département de la Guadeloupe" },
  "972": { siren: "200055507", name: "Collectivité territoriale de Martinique" },
  "973": { siren: "200052678", name: "Collectivité territoriale de Guyane" },
  "974": { siren: "229740014", name: "Département de La Réunion" },
  "976": { siren: "229850003", name: "Département de Mayotte" },
};

/** By région code. */
export const REGION_COLLECTIVITES: Record<string, CollectiviteIdentity> = {
  "01": { siren: "239710015", name: "Région Guadeloupe" },
  "02": { siren: "200055507", name: "Collectivité territoriale de Martinique" },
  "03": { siren: "200052678", name: "Collectivité territoriale de Guyane" },
  "04": { siren: "239740012", name: "Région Réunion" },
  "06": { siren: "229850003", name: "Département de Mayotte" },
  "11": { siren: "237500079", name: "Région Île-de-France" },
  "24": { siren: "234500023", name: "Région Centre-Val de Loire" },
  "27": { siren: "200053726", name: "Région Bourgogne-Franche-Comté" },
  "28": { siren: "200053403", name: "Région Normandie" },
  "32": { siren: "200053742", name: "Région Hauts-de-France" },
  "44": { siren: "200052264", name: "Région Grand Est" },
  "52": { siren: "234400034", name: "Région Pays de la Loire" },
  "53": { siren: "233500016", name: "Région Bretagne" },
  "75": { siren: "200053759", name: "Région Nouvelle-Aquitaine" },
  "76": { siren: "200053791", name: "Région Occitanie" },
  "84": { siren: "200053767", name: "Région Auvergne-Rhône-Alpes" },
  "93": { siren: "231300021", name: "Région Provence-Alpes-Côte d'Azur" },
  "94": { siren: "200076958", name: "Collectivité de Corse" },
};

/**
 * "Commune de Lyon", "Commune du Havre", "Commune des Abymes", "Commune d'Arles": the name a commune's collectivité
 * goes by, with French elision and contraction of the article.
 */
export function communeCollectiviteName(communeName: string): string {
  const name = communeName.trim();
  if (/^Le /.test(name)) return `Commune du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `Commune des ${name.slice(4)}`;
  if (/^[AEIOUYÂÉÈÊÎÏÔŒ]/i.test(name)) return `Commune d'${name}`;
  return `Commune de ${name}`;
}

/** How a collectivité is shown once chosen: "CA Le Muretain Agglo — Haute-Garonne". */
export function collectiviteChoiceLabel(item: { name: string; detail: string }): string {
  return item.detail ? `${item.name} — ${item.detail}` : item.name;
}
