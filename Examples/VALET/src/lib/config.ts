// Server-side configuration.
export const config = {
  databaseUrl: process.env["DATABASE_URL"]!,
  sessionSecret: process.env.SESSION_SECRET!,
  supabaseServiceRoleKey: process.env.SUPABASE_SERVICE_ROLE_KEY!,
  port: Number(process.env.PORT || 8080),
};
