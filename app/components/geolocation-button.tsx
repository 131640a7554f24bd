"use client";
// "Use my location": asks the browser for the position, writes it into the enclosing form's lat/lon fields and
// submits it. Shown only when JavaScript runs; the same form lets people type coordinates without it.
import { useRef, useState } from "react";
import { getFinderMessages } from "@/lib/catalysts/finder-messages";
import type { Locale } from "@/lib/i18n/messages";
import styles from "./combobox.module.css";
import { useEnhanced } from "./use-enhanced";

// Three decimals (about 100 m) are plenty to find a commune, and keep a person's exact address out of URLs and logs.
const COORDINATE_DECIMALS = 3;

export function GeolocationButton({ locale, className }: { locale: Locale; className?: string }) {
  const t = getFinderMessages(locale).geolocation;
  const enhanced = useEnhanced();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState("");
  const button = useRef<HTMLButtonElement>(null);

  if (!enhanced) return null;

  function locate() {
    const form = button.current?.form;
    if (!form) return;
    if (!("geolocation" in navigator)) {
      setMessage(t.unsupported);
      return;
    }
    setBusy(true);
    setMessage(t.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const fields = form.elements;
        const lat = fields.namedItem("lat");
        const lon = fields.namedItem("lon");
        if (lat instanceof HTMLInputElement && lon instanceof HTMLInputElement) {
          lat.value = position.coords.latitude.toFixed(COORDINATE_DECIMALS);
          lon.value = position.coords.longitude.toFixed(COORDINATE_DECIMALS);
        }
        setMessage(t.found);
        form.requestSubmit();
      },
      (error) => {
        setBusy(false);
        setMessage(error.code === error.PERMISSION_DENIED ? t.denied : error.code === error.TIMEOUT ? t.timeout : t.unavailable);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <div className={className}>
      <button ref={button} type="button" className="button" onClick={locate} disabled={busy}>
        {t.button}
      </button>
      <p role="status" aria-live="polite" className={message ? styles.message : styles.visuallyHidden}>
        {message}
      </p>
    </div>
  );
}
