export { REJECTION_LABELS, rejectionLabel } from "../../domain/ekspor/rejection-labels";
