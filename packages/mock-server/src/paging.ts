/** The listing envelope the API wraps a page of entities in. */
export interface Page<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  selfUri: string;
  lastUri: string;
  nextUri?: string;
  previousUri?: string;
}

export interface PageRequest {
  pageSize: number;
  pageNumber: number;
  /** The API-relative path of the listing, such as `/api/v2/users`. */
  path: string;
  /** Other query parameters to repeat in every page link, already serialized, in order. */
  query?: readonly (readonly [name: string, value: string])[];
}

/** Links keep commas literal (`expand=presence,skills`), as the API's own links do. */
const encodeQueryValue = (value: string): string =>
  value.split(",").map(encodeURIComponent).join(",");

/** Cuts one page out of `items` and builds the API-relative page links. */
export function paginate<T>(items: readonly T[], request: PageRequest): Page<T> {
  const { pageSize, pageNumber, path } = request;
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const extra = (request.query ?? [])
    .map(([name, value]) => `&${encodeURIComponent(name)}=${encodeQueryValue(value)}`)
    .join("");
  const link = (n: number): string => `${path}?pageSize=${pageSize}&pageNumber=${n}${extra}`;
  const start = (pageNumber - 1) * pageSize;
  const page: Page<T> = {
    entities: items.slice(start, start + pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: link(1),
    selfUri: link(pageNumber),
    lastUri: link(Math.max(1, pageCount)),
  };
  if (pageNumber < pageCount) page.nextUri = link(pageNumber + 1);
  if (pageNumber > 1) page.previousUri = link(Math.min(pageNumber - 1, Math.max(1, pageCount)));
  return page;
}
