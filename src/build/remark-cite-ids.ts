/**
 * Numbers each <Cite> of an MDX file in document order (at="1", "2", …), so every citation gets a stable id
 * (cite-1, …) and the references page can link back to it. citeOccurrences() in src/lib/citations.ts counts
 * the same way from the MDX source.
 */
interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

export default function remarkCiteIds() {
  return (tree: MdastNode) => {
    let count = 0;
    const visit = (node: MdastNode) => {
      if ((node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") && node.name === "Cite") {
        node.attributes = [...(node.attributes ?? []), { type: "mdxJsxAttribute", name: "at", value: String(++count) }];
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
