import { builder } from "../builder.js";
import {
  WorkCreatorKind,
  WorkCreatorRole,
  WorkEventAction,
  WorkKind,
  WorkLicence,
  WorkStatus,
} from "../generated/prisma/enums.js";

export const WorkKindEnum = builder.enumType(WorkKind, { name: "WorkKind" });
export const WorkStatusEnum = builder.enumType(WorkStatus, { name: "WorkStatus" });
export const WorkCreatorKindEnum = builder.enumType(WorkCreatorKind, { name: "WorkCreatorKind" });
export const WorkCreatorRoleEnum = builder.enumType(WorkCreatorRole, { name: "WorkCreatorRole" });
export const WorkLicenceEnum = builder.enumType(WorkLicence, { name: "WorkLicence" });
export const WorkEventActionEnum = builder.enumType(WorkEventAction, { name: "WorkEventAction" });
