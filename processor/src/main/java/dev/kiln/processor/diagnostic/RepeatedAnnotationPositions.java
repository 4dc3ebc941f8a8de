package dev.kiln.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Places diagnostics on one of several repeated annotations. javac groups them into a synthetic
 * container that has no position, so this finds the annotation in the source tree instead. Works
 * only under javac; elsewhere {@link #print} returns false and the caller falls back.
 */
final class RepeatedAnnotationPositions {
  private final Trees trees;

  RepeatedAnnotationPositions(ProcessingEnvironment environment) {
    Trees found;
    try {
      found = Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      found = null;
    }
    this.trees = found;
  }

  boolean print(Diagnostic.Kind kind, String message, Element element, Location.Repeated where) {
    if (trees == null) {
      return false;
    }
    TreePath path = trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof ClassTree)) {
      return false;
    }
    int seen = 0;
    for (AnnotationTree annotation : ((ClassTree) path.getLeaf()).getModifiers().getAnnotations()) {
      String name = annotation.getAnnotationType().toString();
      if (!name.equals(where.simpleName()) && !name.endsWith("." + where.simpleName())) {
        continue;
      }
      if (seen++ == where.index()) {
        trees.printMessage(kind, message, memberOrWhole(annotation, where.member()),
            path.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  private static Tree memberOrWhole(AnnotationTree annotation, String member) {
    if (member != null) {
      for (ExpressionTree argument : annotation.getArguments()) {
        if (argument instanceof AssignmentTree
            && ((AssignmentTree) argument).getVariable().toString().equals(member)) {
          return ((AssignmentTree) argument).getExpression();
        }
      }
    }
    return annotation;
  }
}
