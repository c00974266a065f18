"use client";
// The width of an element, followed as the layout changes, for drawing a PDF page to fit it.
// Rounded: a change under 24 px is ignored, so a scroll bar that comes and goes with the page
// drawn cannot make the width oscillate.
import { useEffect, useState, type RefObject } from "react";

export function useFollowedWidth(element: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const measure = () => setWidth((old) => (Math.abs(old - node.clientWidth) > 24 ? node.clientWidth : old));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
