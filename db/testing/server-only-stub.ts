// Tests import server modules directly; the real "server-only" package throws outside React's server bundle.
export {};
