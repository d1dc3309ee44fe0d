// Where to send the user after the automation's login hand-off (two pages, one key).
const RETURN_TO_KEY = "valet.returnTo";

export function rememberReturnTo(path: string) {
  sessionStorage.setItem(RETURN_TO_KEY, path);
}

export function takeReturnTo(): string {
  const path = sessionStorage.getItem("valet.returnTo") ?? "/";
  sessionStorage.removeItem(RETURN_TO_KEY);
  return path;
}
