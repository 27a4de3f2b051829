package org.waypoint.web.security;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * Writes the page's script nonce into every form as the hidden input {@code primefaces.nonce}.
 * PrimeFaces refuses a postback whose nonce is not the one its view was rendered with; its script
 * adds that input to each form in the browser, but a form must also work as the server sent it: a
 * submission before the script has run, or one sent by a client that runs no script.
 */
// Faces 4.0's RendererWrapper wraps a raw Renderer
@SuppressWarnings("rawtypes")
public class NonceFormRenderer extends RendererWrapper {

  /**
   * @param wrapped Faces' own form renderer
   */
  public NonceFormRenderer(Renderer wrapped) {
    super(wrapped);
  }

  @Override
  public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
    if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
      ResponseWriter writer = context.getResponseWriter();
      writer.startElement("input", null);
      writer.writeAttribute("type", "hidden", null);
      writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
      writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
      writer.endElement("input");
    }
    super.encodeEnd(context, component);
  }

  /**
   * Puts the renderer in place of Faces' own once the application has started (registered in
   * faces-config.xml).
   */
  public static class Installer implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
      RenderKitFactory factory =
          (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
      RenderKit kit =
          factory.getRenderKit(
              FacesContext.getCurrentInstance(), RenderKitFactory.HTML_BASIC_RENDER_KIT);
      Renderer<?> own = kit.getRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form");
      if (own != null && !(own instanceof NonceFormRenderer)) {
        kit.addRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form", new NonceFormRenderer(own));
      }
    }

    @Override
    public boolean isListenerForSource(Object source) {
      return source instanceof Application;
    }
  }
}
