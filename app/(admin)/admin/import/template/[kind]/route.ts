// GET /admin/import/template/organisations (or catalysts): the CSV template, its columns and an example row.
// Holds no data, so it needs no sign-in: the README and the command line point to it too.
import { IMPORT_KINDS, templateCsv, type ImportKind } from "@/lib/import/columns";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!IMPORT_KINDS.includes(kind as ImportKind)) return new Response("Modèle inconnu. / Unknown template.", { status: 404 });
  return new Response(templateCsv(kind as ImportKind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="modele-${kind}.csv"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
