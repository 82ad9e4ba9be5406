package org.planmetrics.api.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The page used with the keyboard alone: where TAB takes the focus, from the top of the page.
 *
 * <pre>{@code
 * List<Keyboard.Focus> order = Keyboard.tabOrder(chromium.driver(), 40);
 * assertThat(order).extracting(Keyboard.Focus::id).contains("plan-select", "download");
 * }</pre>
 */
public final class Keyboard {

  /**
   * Puts the focus navigation's starting point at the top of the document: focusing the body
   * (made focusable for the moment) moves it there, so the next TAB goes to the first control,
   * whatever was focused or clicked before.
   */
  private static final String TO_TOP = """
      window.__tabSeen = new Set();
      const body = document.body;
      const had = body.getAttribute('tabindex');
      body.setAttribute('tabindex', '-1');
      body.focus({preventScroll: true});
      if (had === null) {
        body.removeAttribute('tabindex');
      } else {
        body.setAttribute('tabindex', had);
      }
      window.scrollTo(0, 0);
      """;

  /**
   * Describes the focused element (inside open shadow roots too), or returns null when the focus
   * left the document (it went to the browser's own interface).
   */
  private static final String FOCUSED = """
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) {
        el = el.shadowRoot.activeElement;
      }
      if (!el || el === document.body || el === document.documentElement) { return null; }
      const again = window.__tabSeen.has(el);
      window.__tabSeen.add(el);
      const labelledBy = (el.getAttribute('aria-labelledby') || '').split(/\\s+/)
          .map(id => document.getElementById(id)).filter(Boolean)
          .map(n => n.textContent).join(' ');
      const label = el.getAttribute('aria-label') || labelledBy
          || (el.labels && el.labels.length ? el.labels[0].textContent : '')
          || el.innerText || el.value || el.getAttribute('title') || el.getAttribute('alt') || '';
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id || '',
        role: el.getAttribute('role') || '',
        label: label.replace(/\\s+/g, ' ').trim().slice(0, 60),
        visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
        again: again
      };
      """;

  private Keyboard() {}

  /**
   * An element that had the focus.
   *
   * @param tag the tag name, lower case
   * @param id its id, or ""
   * @param role its role attribute, or ""
   * @param label its accessible name as far as simply known: aria-label, aria-labelledby, its
   *     label, its text or value, title or alt; whitespace collapsed, at most 60 characters
   * @param visible whether it has a size and is not hidden, so a person sees where the focus is
   */
  public record Focus(String tag, String id, String role, String label, boolean visible) {
    @Override
    public String toString() {
      return tag + (id.isEmpty() ? "" : "#" + id) + (role.isEmpty() ? "" : "[role=" + role + "]")
          + " \"" + label + "\"" + (visible ? "" : " (invisible)");
    }
  }

  /**
   * Presses TAB up to {@code maxTabs} times from the top of the page and returns the elements
   * that got the focus, in order. Stops early when the focus comes back to an element it already
   * had or leaves the page, so a page with fewer controls returns all of them once.
   */
  public static List<Focus> tabOrder(WebDriver driver, int maxTabs) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(TO_TOP);
    List<Focus> order = new ArrayList<>();
    for (int i = 0; i < maxTabs; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      Map<String, Object> focused = (Map<String, Object>) js.executeScript(FOCUSED);
      if (focused == null || Boolean.TRUE.equals(focused.get("again"))) {
        break;
      }
      order.add(new Focus((String) focused.get("tag"), (String) focused.get("id"),
          (String) focused.get("role"), (String) focused.get("label"),
          Boolean.TRUE.equals(focused.get("visible"))));
    }
    return order;
  }
}
