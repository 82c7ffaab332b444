import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { countryByIso2, countryByIso3 } from '../countries/country-table.js';
import { visitorCountry } from './visitor-country.js';

const STORAGE_KEY = 'tipwatch.country';

interface VisitorCountry {
  iso3: string | null;
  setIso3(iso3: string | null): void;
}

const Context = createContext<VisitorCountry | null>(null);

const codes = {
  iso3OfIso2: (iso2: string) => countryByIso2(iso2)?.iso3,
  isIso3: (iso3: string) => countryByIso3(iso3) !== undefined,
};

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The visitor's country for the hotlines: chosen (remembered) or from the browser language's region. */
export function VisitorCountryProvider({ children }: { children: ReactNode }) {
  const [iso3, setState] = useState(() => visitorCountry(stored(), navigator.languages ?? [], codes));
  const setIso3 = useCallback((next: string | null) => {
    try {
      if (next === null) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ iso3, setIso3 }), [iso3, setIso3]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useVisitorCountry(): VisitorCountry {
  const value = useContext(Context);
  if (value === null) throw new Error('useVisitorCountry outside VisitorCountryProvider');
  return value;
}
