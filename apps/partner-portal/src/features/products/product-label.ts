/** How the portal names a product everywhere: "Name (SKU)". */
export const productLabel = (product: { name: string; sku: string }) => `${product.name} (${product.sku})`;
