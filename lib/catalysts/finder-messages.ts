// Texts of the catalyst finder (page, commune picker, geolocation), French first. Pure module: the client
// components import it directly, so every text stays a plain string with {placeholders}.
import type { PointPrecision } from "@/lib/shared/vocabulary";
import type { Locale } from "../i18n/messages";

const fr = {
  title: "Trouver un catalyseur",
  lead: "Indiquez votre commune, son code postal ou son code INSEE : nous vous disons quel catalyseur territorial couvre votre territoire, et lesquels sont proches de vous.",
  form: {
    placeLabel: "Commune, code postal ou code INSEE",
    placeHint: "Par exemple : Lyon, 01400 ou 69123.",
    submit: "Rechercher",
    locateTitle: "Ou partir de votre position",
    locateLead: "Votre position sert uniquement à cette recherche.",
    coordinatesSummary: "Saisir des coordonnées",
    latitude: "Latitude (ex. 45,764)",
    longitude: "Longitude (ex. 4,836)",
    coordinatesSubmit: "Rechercher autour de ce point",
  },
  picker: {
    loading: "Recherche des communes…",
    noResult: "Aucune commune ne correspond. Vérifiez l'orthographe ou tapez le code postal.",
    results: "{count} communes proposées : flèches haut et bas pour parcourir, Entrée pour choisir.",
    oneResult: "1 commune proposée : flèche bas puis Entrée pour la choisir.",
    selected: "{label} choisie. Validez pour lancer la recherche.",
    unavailable: "Suggestions indisponibles : validez, nous chercherons la commune d'après votre saisie.",
  },
  geolocation: {
    button: "Utiliser ma position",
    locating: "Localisation en cours…",
    unsupported: "Votre navigateur ne permet pas la géolocalisation. Indiquez plutôt votre commune ci-dessus.",
    denied: "Vous avez refusé l'accès à votre position. Vous pouvez l'autoriser dans les réglages de votre navigateur, ou indiquer votre commune ci-dessus.",
    unavailable: "Votre position est indisponible pour le moment. Indiquez votre commune ci-dessus.",
    timeout: "La localisation a pris trop de temps. Réessayez, ou indiquez votre commune ci-dessus.",
    found: "Position trouvée : recherche des catalyseurs…",
  },
  errors: {
    title: "Nous n'avons pas pu lire votre recherche",
    commune: "Le code commune INSEE doit compter 5 caractères (par exemple 69123, ou 2A004 en Corse).",
    postcode: "Le code postal doit compter 5 chiffres.",
    q: "Votre saisie est trop longue : 100 caractères au plus.",
    lat: "La latitude doit être un nombre entre -90 et 90, donnée avec la longitude.",
    lon: "La longitude doit être un nombre entre -180 et 180, donnée avec la latitude.",
    limit: "Le nombre de catalyseurs proches doit être compris entre 1 et 20.",
  },
  notFound: {
    commune: "Aucune commune n'a le code INSEE « {query} ».",
    postcode: "Aucune commune n'a le code postal « {query} ».",
    name: "Nous ne trouvons aucune commune dont le nom ressemble à « {query} ». Vérifiez l'orthographe, ou essayez le code postal.",
    point: "Aucune commune française n'est à moins de 100 km de ce point. Indiquez plutôt votre commune.",
  },
  choice: {
    postcodeTitle: "Plusieurs communes ont le code postal {query}",
    nameTitle: "Plusieurs communes correspondent à « {query} »",
    lead: "Choisissez la vôtre :",
  },
  answer: {
    territoryLabel: "Territoire",
    postcode: "Code postal",
    postcodes: "Codes postaux",
    epci: "Intercommunalité",
    ept: "Établissement public territorial",
    departement: "Département",
    region: "Région",
    resolved:
      "Votre position a été rattachée à {commune} : le point de référence de cette commune est à {distance} de vous ({precision}). Les limites des communes ne sont pas connues ici ; si ce n'est pas votre commune, choisissez-la ci-dessus.",
    coveringTitleOne: "Le catalyseur de votre territoire",
    coveringTitleMany: "Les {count} catalyseurs de votre territoire",
    coveringLead: "Leurs territoires se recouvrent : chacun peut vous accompagner.",
    whiteZone: "Aucun catalyseur ne couvre encore {commune}.",
    whiteZoneLead: "Les catalyseurs les plus proches connaissent les acteurs voisins et peuvent vous orienter.",
    nearestTitle: "Autres catalyseurs proches",
    nearestTitleWhiteZone: "Les catalyseurs les plus proches",
    distance: "à {distance}",
    distanceFromPoint: "à {distance} de votre position",
    sameCommune: "dans cette commune",
    basedIn: "Basé à {commune} ({departement})",
    hostedBy: "Porté par {host}",
    trades: "Métiers",
    profile: "Voir le profil",
    contact: "Contacter ce catalyseur",
    ask: "Poser une question",
    reachPublic: "Pour le joindre :",
    reachForm: "Écrivez-lui depuis sa fiche, sans créer de compte : son équipe vous répond par e-mail.",
    contactNote: "Vos coordonnées et les siennes ne sont partagées qu'avec votre accord.",
    registerLead: "Votre organisation n'est pas encore dans le réseau ? Inscrivez-la : elle apparaîtra dans l'annuaire une fois validée.",
    registerLink: "Inscrire mon organisation",
  },
  coverage: {
    commune: "Couvre la commune",
    epci: "Couvre l'intercommunalité {name}",
    ept: "Couvre l'établissement public territorial {name}",
    departement: "Couvre le département {name} ({code})",
    and: " et ",
  },
  precision: {
    geonames: "position GeoNames du bourg",
    postcode: "position estimée d'après le code postal, à environ 5 km près",
    epci: "position estimée d'après l'intercommunalité, à environ 10 km près",
    chef_lieu: "position approximative : le chef-lieu du département",
  } satisfies Record<PointPrecision, string>,
};

export type FinderMessages = typeof fr;

const en: FinderMessages = {
  title: "Find a catalyst",
  lead: "Type your municipality, its postcode or its INSEE code: we tell you which territorial catalyst covers your territory, and which ones are close to you.",
  form: {
    placeLabel: "Municipality, postcode or INSEE code",
    placeHint: "For example: Lyon, 01400 or 69123.",
    submit: "Search",
    locateTitle: "Or start from your location",
    locateLead: "Your location is only used for this search.",
    coordinatesSummary: "Enter coordinates",
    latitude: "Latitude (e.g. 45.764)",
    longitude: "Longitude (e.g. 4.836)",
    coordinatesSubmit: "Search around this point",
  },
  picker: {
    loading: "Looking for municipalities…",
    noResult: "No municipality matches. Check the spelling or type the postcode.",
    results: "{count} municipalities suggested: up and down arrows to browse, Enter to choose.",
    oneResult: "1 municipality suggested: down arrow then Enter to choose it.",
    selected: "{label} chosen. Submit to search.",
    unavailable: "Suggestions unavailable: submit, and we will look the municipality up from what you typed.",
  },
  geolocation: {
    button: "Use my location",
    locating: "Locating…",
    unsupported: "Your browser does not support geolocation. Please type your municipality above instead.",
    denied: "You refused access to your location. You can allow it in your browser settings, or type your municipality above.",
    unavailable: "Your location is unavailable right now. Please type your municipality above.",
    timeout: "Locating took too long. Try again, or type your municipality above.",
    found: "Location found: looking for catalysts…",
  },
  errors: {
    title: "We could not read your search",
    commune: "The INSEE municipality code has 5 characters (e.g. 69123, or 2A004 in Corsica).",
    postcode: "The postcode has 5 digits.",
    q: "What you typed is too long: 100 characters at most.",
    lat: "The latitude must be a number between -90 and 90, given with the longitude.",
    lon: "The longitude must be a number between -180 and 180, given with the latitude.",
    limit: "The number of nearby catalysts must be between 1 and 20.",
  },
  notFound: {
    commune: "No municipality has the INSEE code “{query}”.",
    postcode: "No municipality has the postcode “{query}”.",
    name: "We find no municipality whose name resembles “{query}”. Check the spelling, or try the postcode.",
    point: "No French municipality lies within 100 km of this point. Please type your municipality instead.",
  },
  choice: {
    postcodeTitle: "Several municipalities share the postcode {query}",
    nameTitle: "Several municipalities match “{query}”",
    lead: "Choose yours:",
  },
  answer: {
    territoryLabel: "Territory",
    postcode: "Postcode",
    postcodes: "Postcodes",
    epci: "Inter-municipality",
    ept: "Public territorial body",
    departement: "Département",
    region: "Region",
    resolved:
      "Your location was matched to {commune}: this municipality's reference point is {distance} from you ({precision}). Municipal boundaries are not known here; if this is not your municipality, choose it above.",
    coveringTitleOne: "Your territory's catalyst",
    coveringTitleMany: "Your territory's {count} catalysts",
    coveringLead: "Their territories overlap: each of them can support you.",
    whiteZone: "No catalyst covers {commune} yet.",
    whiteZoneLead: "The nearest catalysts know the neighbouring actors and can point you in the right direction.",
    nearestTitle: "Other nearby catalysts",
    nearestTitleWhiteZone: "The nearest catalysts",
    distance: "{distance} away",
    distanceFromPoint: "{distance} from your location",
    sameCommune: "in this municipality",
    basedIn: "Based in {commune} ({departement})",
    hostedBy: "Hosted by {host}",
    trades: "Activities",
    profile: "View profile",
    contact: "Contact this catalyst",
    ask: "Ask a question",
    reachPublic: "To reach it:",
    reachForm: "Write to it from its page, no account needed: its team answers you by e-mail.",
    contactNote: "Your contact details and theirs are shared only with your consent.",
    registerLead: "Your organisation is not in the network yet? Register it: it appears in the directory once approved.",
    registerLink: "Register my organisation",
  },
  coverage: {
    commune: "Covers the municipality",
    epci: "Covers the inter-municipality {name}",
    ept: "Covers the public territorial body {name}",
    departement: "Covers the département {name} ({code})",
    and: " and ",
  },
  precision: {
    geonames: "GeoNames position of the town centre",
    postcode: "position estimated from the postcode, within about 5 km",
    epci: "position estimated from the inter-municipality, within about 10 km",
    chef_lieu: "rough position: the département's main town",
  },
};

const MESSAGES: Record<Locale, FinderMessages> = { fr, en };

export function getFinderMessages(locale: Locale): FinderMessages {
  return MESSAGES[locale];
}

/** Replaces each {name} in a text by its value. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
