/// Generated TypeScript with the mix of real service code: mostly plain code — types, classes,
/// helpers, validation, formatting, error handling, data shaping — with a handler that states
/// facts (a header check, a supabase chain, a queue send, a drizzle update, a SQL template, a
/// `fetch`, a storage key) after every 32 blocks, one per file. Plain code is full of the words the
/// extractors react to (`Array.from`, `.select` on a list, `.send` on a socket, `.get` on a map,
/// `headers` in a type), so the scan's filters are exercised as real code exercises them.
///
/// Density: about 1,200 facts per MB, ten times the densest real checkout measured (openstatus,
/// ~115 per MB; midday ~87). The dense corpus of `FactsBench.generated` (one fact per line,
/// ~15,700 per MB) is kept beside it as the worst case.
enum ServiceCodeCorpus {
    /// Plain blocks before the one handler of each file.
    static let plainBlocksPerHandler = 32

    static func generated(targetBytes: Int) -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        var total = 0
        var n = 0
        while total < targetBytes {
            var text = FactsBench.imports(n) + "import type { Logger } from \"./logger\";\n\n"
            for k in 0..<plainBlocksPerHandler { text += plain(n, k) }
            text += FactsBench.unit(n, n % 40)
            files.append(("src/service\(n).ts", text))
            total += text.utf8.count
            n += 1
        }
        return files + FactsBench.declarations()
    }

    /// One block of plain code, chosen by `k` among the shapes service code is made of.
    static func plain(_ n: Int, _ k: Int) -> String {
        switch k % 6 {
        case 0:
            return """
            /** An order line as the API returns it (module \(n), block \(k)). */
            export interface OrderLine\(k) {
              id: string;
              sku: string;
              quantity: number;
              unitPrice: number;
              headers?: Record<string, string>;
              tags: ReadonlyArray<string>;
              status: "open" | "shipped" | "cancelled";
            }

            export type LineTotals\(k) = { [K in keyof OrderLine\(k)]?: number } & { total: number };

            """
        case 1:
            return """
            export function totals\(k)(lines: OrderLine\(k - 1)[], discount = 0): { net: number; gross: number } {
              const net = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
              const gross = Math.round(net * (1 - discount) * 100) / 100;
              const selected = Array.from(new Set(lines.map((line) => line.sku))).filter(Boolean);
              if (selected.length > \(k + 10)) {
                throw new RangeError(`too many distinct items: ${selected.length}`);
              }
              return { net, gross };
            }

            """
        case 2:
            return """
            export class RetryPolicy\(k) {
              private attempts = 0;
              constructor(private readonly max: number, private readonly log: Logger) {}

              next(error: unknown): number | null {
                this.attempts += 1;
                if (this.attempts > this.max) {
                  this.log.warn("giving up", { attempts: this.attempts, error: String(error) });
                  return null;
                }
                // Exponential back-off with jitter, capped at thirty seconds.
                const delay = Math.min(30_000, 2 ** this.attempts * 100 + Math.random() * 50);
                return Math.floor(delay);
              }
            }

            """
        case 3:
            return """
            const formatters\(k) = new Map<string, (value: number) => string>([
              ["eur", (value) => `€${value.toFixed(2)}`],
              ["usd", (value) => `$${value.toFixed(2)}`],
              ["pct", (value) => `${(value * 100).toFixed(1)}%`],
            ]);

            export function format\(k)(kind: string, value: number): string {
              const format = formatters\(k).get(kind) ?? ((v: number) => v.toString());
              return format(value).padStart(\(k % 9 + 4), " ");
            }

            """
        case 4:
            return """
            export function validate\(k)(input: Partial<OrderLine\(k - 4)>): string[] {
              const problems: string[] = [];
              if (!input.id || !/^[a-z0-9-]{8,}$/.test(input.id)) problems.push("id must be a slug");
              if (input.quantity !== undefined && input.quantity <= 0) problems.push("quantity must be positive");
              for (const [key, value] of Object.entries(input.headers ?? {})) {
                if (typeof value !== "string") problems.push(`header ${key} must be text`);
              }
              const options = input.tags?.select?.((tag: string) => tag.length > 2) ?? [];
              return problems.concat(options.length > 5 ? ["too many tags"] : []);
            }

            """
        default:
            return """
            export async function drain\(k)(socket: { send(data: string): void; close(): void }, items: string[]) {
              try {
                for (const chunk of items.slice(0, \(k + 20))) {
                  socket.send(JSON.stringify({ type: "chunk", chunk, at: new Date().toISOString() }));
                }
              } catch (error) {
                console.error("drain failed", error instanceof Error ? error.message : error);
              } finally {
                socket.close();
              }
            }

            """
        }
    }
}
