import Link from "next/link";

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; page: (page: number, count: number) => string; pagination: string };
}

/** Previous / next links with the position; plain links so it works without JavaScript and keeps the filters. */
export function Pagination({ page, pageCount, hrefFor, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={labels.pagination}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← {labels.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{labels.page(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {labels.next} →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
