import { createContext, useContext, type ReactNode } from 'react';
import type { KartotekDatabase } from '../db/database';

const DatabaseContext = createContext<KartotekDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: KartotekDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): KartotekDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
