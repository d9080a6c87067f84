/**
 * Adds a "link to this section" anchor to every h2 and h3 that has an id. The anchor has no text node
 * (its "#" comes from CSS), so heading text collected for the table of contents stays clean.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export default function rehypeHeadingAnchors() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (node.type === "element" && (node.tagName === "h2" || node.tagName === "h3") && node.properties?.id) {
        node.children = [
          ...(node.children ?? []),
          {
            type: "element",
            tagName: "a",
            properties: {
              className: ["heading-anchor"],
              href: `#${String(node.properties.id)}`,
              ariaLabel: "Link to this section",
            },
            children: [],
          },
        ];
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
