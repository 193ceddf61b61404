/** What the shell passes to every page: the decoded path parameters of its route. */
export interface PageProps {
  params: Record<string, string>;
}
