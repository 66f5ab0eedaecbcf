/** Durations for people: 850 ms, 12.4 s, 3 min 05 s, 2 h 05 min, 3.2 days, 17 years. Pure. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  if (seconds < 3600) {
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')} s`;
  }
  if (seconds < 86_400) {
    const hours = Math.floor(seconds / 3600);
    return `${hours} h ${String(Math.round((seconds - hours * 3600) / 60)).padStart(2, '0')} min`;
  }
  const days = seconds / 86_400;
  if (days < 365) return `${days.toFixed(1)} days`;
  const years = days / 365.25;
  return `${years < 100 ? years.toFixed(1) : Math.round(years).toLocaleString('en')} years`;
}
