/** The current user in the app bar, with "Skift bruger" to pick another active user. */
import { useState } from 'react';
import { Button, Divider, ListSubheader, Menu, MenuItem } from '@mui/material';
import PersonIcon from '@mui/icons-material/Person';
import type { User } from '../../../../shared/features/users';
import { compareDanish } from '../../../../shared/domain/collation';
import { useActiveUsers } from '../../api/hooks';
import { commonTexts } from '../../components/texts';
import { useSetUser } from './useSetUser';
import { sessionTexts as t } from './texts';

export function UserMenu({ user }: { user: User }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = Boolean(anchor);
  // Every active user (a thousand in a large municipality): fetched when the menu is
  // first opened, not while the app starts.
  const users = useActiveUsers(open);
  const { setUser } = useSetUser();
  const others = (users.data?.rows ?? []).filter((u) => u.id !== user.id).sort((a, b) => compareDanish(a.name, b.name));
  return (
    <>
      <Button
        color="inherit"
        startIcon={<PersonIcon aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'user-menu' : undefined}
        aria-label={t.userMenuLabel(user.initials, user.name)}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        {user.initials} · {user.name}
      </Button>
      <Menu id="user-menu" anchorEl={anchor} open={open} onClose={() => setAnchor(null)}>
        <ListSubheader>{t.switchUser}</ListSubheader>
        <MenuItem disabled>
          {user.initials} – {user.name} {t.current}
        </MenuItem>
        <Divider />
        {users.isPending && <MenuItem disabled>{commonTexts.loading}</MenuItem>}
        {others.map((u) => (
          <MenuItem
            key={u.id}
            onClick={() => {
              setAnchor(null);
              void setUser(u.id).catch(() => undefined);
            }}
          >
            {u.initials} – {u.name} ({u.teamName})
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
