import { Button, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Membership } from "../../../contracts/memberships.js";
import type { Partnership } from "../../../contracts/partnerships.js";
import { useConfirmMember, useMemberships, useRemoveMember } from "../../api/memberships.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { PlusIcon } from "../icons.js";
import { errorMessage, notifyError, notifySuccess } from "../notify.js";
import { PaginationBar } from "../pagination-bar.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { MemberForm } from "./member-form.js";
import { MembersTable } from "./members-table.js";

type Editing = { membership: Membership | null } | null;

export function MembersSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const members = useMemberships(partnership.id, page);
  const remove = useRemoveMember(partnership.id);
  const confirm = useConfirmMember(partnership.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Membership | null>(null);
  const canAdd = partnership.abilities.manageMembers;
  const memberIds = (members.data?.data ?? []).map((member) => member.organization.id);

  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <Section
      title={t("members.title")}
      actions={
        canAdd && (
          <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={() => setEditing({ membership: null })}>
            {t("members.add")}
          </Button>
        )
      }
    >
      <QueryState query={members}>
        {(current) =>
          current.data.length === 0 ? (
            <Text c="dimmed">{t("members.empty")}</Text>
          ) : (
            <>
              <MembersTable
                members={current.data}
                caption={t("members.tableCaption", { name: partnership.name })}
                onEdit={(membership) => setEditing({ membership })}
                onRemove={setRemoving}
                confirming={confirm.isPending ? (confirm.variables ?? null) : null}
                onConfirm={(membership) =>
                  confirm.mutate(membership.id, {
                    onSuccess: () => notifySuccess(t("members.confirmedMessage", { name: membership.organization.name })),
                    onError: (error) => notifyError(error, t("errors.saveFailed"), t),
                  })
                }
              />
              <PaginationBar pagination={current.pagination} onChange={setPage} />
            </>
          )
        }
      </QueryState>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.membership ? t("members.edit", { name: editing.membership.organization.name }) : t("members.addTitle")}
        size="lg"
      >
        {editing && (
          <MemberForm
            partnershipId={partnership.id}
            membership={editing.membership}
            memberIds={memberIds}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>

      <ConfirmDialog
        opened={removing !== null}
        title={t("members.removeTitle")}
        message={t("members.removeConfirm", { name: removing?.organization.name ?? "" })}
        confirmLabel={t("common.remove")}
        isPending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error, t) : null}
        errorTitle={t("errors.deleteFailed")}
        onClose={closeRemove}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              notifySuccess(t("members.removedMessage"));
              closeRemove();
            },
          });
        }}
      />
    </Section>
  );
}
