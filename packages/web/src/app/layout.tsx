import { Link, NavLink, Outlet } from "react-router";
import { useAuth } from "../auth/auth-context";
import { Empty } from "../components/panel";

/** The page frame: brand, global links, sign-out; views render in the outlet. */
export function Layout() {
  const { signOut } = useAuth();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={20} height={20} />
          Telltale
        </Link>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Models
          </NavLink>
          <NavLink to="/alerts">Alerts</NavLink>
        </nav>
        <button type="button" className="sign-out" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

export function NotFound() {
  return (
    <Empty>
      No page here. <Link to="/">Back to the models</Link>.
    </Empty>
  );
}
