import { ModelPageSkeleton } from "@/components/model/skeletons";

export default function ModelLoading() {
  return <ModelPageSkeleton />;
}
