import { useParams } from 'react-router-dom';

/** The numeric :id of the route, or null when missing or not a positive whole number. */
export function useIdParam(name = 'id'): number | null {
  const raw = useParams()[name];
  if (!raw || !/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}
